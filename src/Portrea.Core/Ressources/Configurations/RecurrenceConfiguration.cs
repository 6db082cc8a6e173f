using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class RecurrenceConfiguration : IEntityTypeConfiguration<Recurrence>
{
    public void Configure(EntityTypeBuilder<Recurrence> builder)
    {
        builder.ToTable("disponibilites_recurrentes");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Salle).HasMaxLength(120);
        builder.Property(r => r.Jour).HasConversion<int>();
        builder.Property(r => r.Exceptions).HasMaxLength(4000);
        builder.Property(r => r.AuteurId).HasMaxLength(450);
        builder.HasOne<Lieu>().WithMany().HasForeignKey(r => r.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.LieuId);
    }
}
