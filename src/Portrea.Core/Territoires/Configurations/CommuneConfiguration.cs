using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Territoires.Configurations;

public sealed class CommuneConfiguration : IEntityTypeConfiguration<Commune>
{
    public void Configure(EntityTypeBuilder<Commune> builder)
    {
        builder.ToTable("communes");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(5);
        builder.Property(c => c.Nom).HasMaxLength(200);
        builder.Property(c => c.DepartementCode).HasMaxLength(3);
        builder.Property(c => c.RegionCode).HasMaxLength(3);
        builder.Property(c => c.Siren).HasMaxLength(9);
        builder.Property(c => c.EpciSiren).HasMaxLength(9);
        builder.Property(c => c.CodesPostaux).HasMaxLength(200);
        builder.HasOne<Departement>().WithMany().HasForeignKey(c => c.DepartementCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Epci>().WithMany().HasForeignKey(c => c.EpciSiren).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.DepartementCode);
        builder.HasIndex(c => c.EpciSiren);
    }
}
