using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Campagnes.Configurations;

public sealed class CampagneConfiguration : IEntityTypeConfiguration<Campagne>
{
    public void Configure(EntityTypeBuilder<Campagne> builder)
    {
        builder.ToTable("campagnes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.EpciSiren).HasMaxLength(9);
        builder.Property(c => c.Nom).HasMaxLength(200);
        builder.Property(c => c.Sujet).HasMaxLength(300);
        builder.Property(c => c.DelaisRelances).HasMaxLength(100);
        builder.Property(c => c.Statut).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.AdresseBase).HasMaxLength(500);
        builder.Property(c => c.CreeParNom).HasMaxLength(200);
        builder.HasIndex(c => new { c.Statut, c.Debut });
        // One campaign per calendar date and EPCI, whichever instance of the scheduler creates it first.
        builder.HasIndex(c => new { c.EpciSiren, c.DateCalendrier }).IsUnique();
    }
}
