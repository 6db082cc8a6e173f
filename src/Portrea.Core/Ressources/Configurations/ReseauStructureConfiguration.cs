using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ReseauStructureConfiguration : IEntityTypeConfiguration<ReseauStructure>
{
    public void Configure(EntityTypeBuilder<ReseauStructure> builder)
    {
        builder.ToTable("reseaux_structures");
        builder.HasKey(s => new { s.ReseauId, s.StructureId });
        builder.HasOne<Structure>().WithMany().HasForeignKey(s => s.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.StructureId);
    }
}
