using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class DisponibiliteConfiguration : IEntityTypeConfiguration<Disponibilite>
{
    public void Configure(EntityTypeBuilder<Disponibilite> builder)
    {
        builder.ToTable("disponibilites");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Salle).HasMaxLength(120);
        builder.Property(d => d.AuteurId).HasMaxLength(450);
        builder.Ignore(d => d.Debut);
        builder.Ignore(d => d.Fin);
        builder.HasOne<Lieu>().WithMany().HasForeignKey(d => d.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Recurrence>().WithMany().HasForeignKey(d => d.RecurrenceId).OnDelete(DeleteBehavior.SetNull);
        // Restrict, not cascade: removing a slot can never silently take a booking with it, even when a booking lands
        // between the check and the delete; the delete fails instead and the remover is told the slot was just booked.
        builder.HasOne(d => d.Reservation).WithOne().HasForeignKey<Reservation>(r => r.DisponibiliteId).OnDelete(DeleteBehavior.Restrict);

        // The same room cannot be published twice at the same start, even by two requests at once.
        builder.HasIndex(d => new { d.LieuId, d.Salle, d.Jour, d.DebutMinutes }).IsUnique();
        builder.HasIndex(d => new { d.Jour, d.LieuId });
        builder.HasIndex(d => d.RecurrenceId);
    }
}
