using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Comptes;
using Portrea.Core.Territoires;

namespace Portrea.Core.Demarche.Configurations;

public sealed class NatureReferentConfiguration : IEntityTypeConfiguration<NatureReferent>
{
    public void Configure(EntityTypeBuilder<NatureReferent> builder)
    {
        builder.ToTable("natures_referents");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.EpciSiren).HasMaxLength(9);
        builder.Property(n => n.Nature).HasMaxLength(20);
        builder.HasOne<Utilisateur>().WithMany().HasForeignKey(n => n.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Epci>().WithMany().HasForeignKey(n => n.EpciSiren).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.EpciSiren, n.UtilisateurId }).IsUnique();
        builder.HasIndex(n => n.UtilisateurId);
    }
}
