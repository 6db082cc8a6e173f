using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Lieux.Configurations;

public sealed class CreneauServiceConfiguration : IEntityTypeConfiguration<CreneauService>
{
    public void Configure(EntityTypeBuilder<CreneauService> builder)
    {
        builder.ToTable("creneaux_services");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Jour).HasConversion<int>();
        builder.Property(c => c.Frequence).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.PrecisionFrequence).HasMaxLength(300);
        builder.HasIndex(c => c.ServiceLieuId);
    }
}
