using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Comptes.Configurations;

public sealed class JetonApiConfiguration : IEntityTypeConfiguration<JetonApi>
{
    public void Configure(EntityTypeBuilder<JetonApi> builder)
    {
        builder.ToTable("jetons_api");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Empreinte).HasMaxLength(64);
        builder.Property(j => j.DerniersCaracteres).HasMaxLength(8);
        builder.HasOne(j => j.Utilisateur).WithMany().HasForeignKey(j => j.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => j.Empreinte).IsUnique();
        builder.HasIndex(j => j.UtilisateurId);
    }
}
