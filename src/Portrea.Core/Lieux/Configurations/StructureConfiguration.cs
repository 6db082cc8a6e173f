using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Lieux.Configurations;

public sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public void Configure(EntityTypeBuilder<Structure> builder)
    {
        builder.ToTable("structures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Nom).HasMaxLength(300);
        builder.Property(s => s.Pivot).HasMaxLength(14);
        builder.Property(s => s.Typologie).HasMaxLength(500);
        builder.HasIndex(s => s.Pivot);
    }
}
