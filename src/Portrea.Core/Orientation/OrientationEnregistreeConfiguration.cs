using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Orientation;

public sealed class OrientationEnregistreeConfiguration : IEntityTypeConfiguration<OrientationEnregistree>
{
    public void Configure(EntityTypeBuilder<OrientationEnregistree> builder)
    {
        // No foreign keys: statistics must outlive a place's deletion or a commune merger.
        builder.ToTable("orientations_enregistrees");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Besoin).HasMaxLength(40);
        builder.Property(o => o.ServicePrecis).HasMaxLength(60);
        builder.Property(o => o.CommuneCode).HasMaxLength(5);
        builder.Property(o => o.LieuIdentifiant).HasMaxLength(200);
        builder.Property(o => o.Reponse).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(o => o.Jour);
        builder.HasIndex(o => o.CommuneCode);
    }
}
