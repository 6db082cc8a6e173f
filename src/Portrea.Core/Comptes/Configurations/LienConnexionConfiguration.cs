using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Comptes.Configurations;

public sealed class LienConnexionConfiguration : IEntityTypeConfiguration<LienConnexion>
{
    public void Configure(EntityTypeBuilder<LienConnexion> builder)
    {
        builder.ToTable("liens_connexion");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Empreinte).HasMaxLength(64);
        builder.HasOne<Utilisateur>().WithMany().HasForeignKey(l => l.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.Empreinte).IsUnique();
        builder.HasIndex(l => l.UtilisateurId);
    }
}
