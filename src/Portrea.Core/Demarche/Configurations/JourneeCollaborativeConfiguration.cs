using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Territoires;

namespace Portrea.Core.Demarche.Configurations;

public sealed class JourneeCollaborativeConfiguration : IEntityTypeConfiguration<JourneeCollaborative>
{
    public void Configure(EntityTypeBuilder<JourneeCollaborative> builder)
    {
        builder.ToTable("journees_collaboratives");
        builder.HasKey(j => j.EpciSiren);
        builder.Property(j => j.EpciSiren).HasMaxLength(9);
        builder.Property(j => j.Horaires).HasMaxLength(100);
        builder.Property(j => j.Lieu).HasMaxLength(200);
        builder.Property(j => j.Adresse).HasMaxLength(300);
        builder.Property(j => j.Logistique).HasMaxLength(2000);
        builder.HasOne<Epci>().WithMany().HasForeignKey(j => j.EpciSiren).OnDelete(DeleteBehavior.Cascade);
    }
}
