using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;
using Portrea.Core.Territoires;

namespace Portrea.Core.Comptes.Configurations;

public sealed class AffectationRoleConfiguration : IEntityTypeConfiguration<AffectationRole>
{
    public void Configure(EntityTypeBuilder<AffectationRole> builder)
    {
        builder.ToTable("affectations_roles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Role).HasMaxLength(20);
        builder.Property(a => a.EpciSiren).HasMaxLength(9);
        builder.HasOne<Utilisateur>().WithMany(u => u.Affectations).HasForeignKey(a => a.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Epci>().WithMany().HasForeignKey(a => a.EpciSiren).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Structure>().WithMany().HasForeignKey(a => a.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.UtilisateurId);
        builder.HasIndex(a => a.Role);
        builder.HasIndex(a => a.EpciSiren);
        builder.HasIndex(a => a.StructureId);
    }
}
