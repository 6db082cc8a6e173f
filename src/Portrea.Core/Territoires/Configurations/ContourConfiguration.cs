using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Territoires.Configurations;

public sealed class ContourConfiguration : IEntityTypeConfiguration<Contour>
{
    public void Configure(EntityTypeBuilder<Contour> builder)
    {
        builder.ToTable("contours");
        builder.HasKey(c => new { c.Niveau, c.Code });
        builder.Property(c => c.Niveau).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Code).HasMaxLength(20);
    }
}
