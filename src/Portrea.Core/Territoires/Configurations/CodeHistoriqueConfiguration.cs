using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Territoires.Configurations;

public sealed class CodeHistoriqueConfiguration : IEntityTypeConfiguration<CodeHistorique>
{
    public void Configure(EntityTypeBuilder<CodeHistorique> builder)
    {
        builder.ToTable("codes_historiques");
        builder.HasKey(c => c.AncienCode);
        builder.Property(c => c.AncienCode).HasMaxLength(5);
        builder.Property(c => c.CodeActuel).HasMaxLength(5);
        builder.Property(c => c.Nom).HasMaxLength(200);
        builder.Property(c => c.Nature).HasMaxLength(30);
        builder.HasIndex(c => c.CodeActuel);
    }
}
