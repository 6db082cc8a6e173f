using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Comptes.Configurations;

/// <summary>Identity's own tables get the project's naming; their columns and indexes stay Identity's.</summary>
public sealed class UtilisateurConfiguration :
    IEntityTypeConfiguration<Utilisateur>,
    IEntityTypeConfiguration<IdentityUserClaim<string>>,
    IEntityTypeConfiguration<IdentityUserLogin<string>>,
    IEntityTypeConfiguration<IdentityUserToken<string>>,
    IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<Utilisateur> builder)
    {
        builder.ToTable("utilisateurs");
        builder.Property(u => u.NomAffiche).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("utilisateurs_revendications");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("utilisateurs_connexions_externes");

    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("utilisateurs_jetons");

    public void Configure(EntityTypeBuilder<DataProtectionKey> builder) => builder.ToTable("cles_protection_donnees");
}
