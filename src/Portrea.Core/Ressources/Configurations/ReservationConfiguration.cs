using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ReservationConfiguration : IEntityTypeConfiguration<Reservation>
{
    public void Configure(EntityTypeBuilder<Reservation> builder)
    {
        builder.ToTable("reservations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Objet).HasMaxLength(300);
        builder.Property(r => r.Nature).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.AuteurId).HasMaxLength(450);
        builder.HasOne<Structure>().WithMany().HasForeignKey(r => r.StructureId).OnDelete(DeleteBehavior.Cascade);

        // One booking per slot: of two partners booking at once, the database lets exactly one in.
        builder.HasIndex(r => r.DisponibiliteId).IsUnique();
        builder.HasIndex(r => r.StructureId);
    }
}
