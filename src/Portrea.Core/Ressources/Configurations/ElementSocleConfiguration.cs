using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ElementSocleConfiguration : IEntityTypeConfiguration<ElementSocle>
{
    public void Configure(EntityTypeBuilder<ElementSocle> builder)
    {
        builder.ToTable("socle_elements");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Code).HasMaxLength(80);
        builder.Property(e => e.Libelle).HasMaxLength(300);
        builder.Property(e => e.Axe).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Reseau>().WithMany().HasForeignKey(e => e.ReseauId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ReseauId, e.Version, e.Code }).IsUnique();
    }
}
