using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Indicateurs;

public sealed class ValeurVariableConfiguration : IEntityTypeConfiguration<ValeurVariable>
{
    public void Configure(EntityTypeBuilder<ValeurVariable> builder)
    {
        builder.ToTable("valeurs_variables");
        builder.HasKey(v => new { v.Niveau, v.Code, v.Variable, v.Millesime, v.Source });
        builder.Property(v => v.Niveau).HasMaxLength(10);
        builder.Property(v => v.Code).HasMaxLength(20);
        builder.Property(v => v.Variable).HasMaxLength(60);
        builder.Property(v => v.Millesime).HasMaxLength(20);
        builder.Property(v => v.Source).HasMaxLength(80);
        builder.Property(v => v.CommuneCode).HasMaxLength(5);
        builder.HasIndex(v => new { v.Source, v.Millesime });
        builder.HasIndex(v => v.CommuneCode);
    }
}
