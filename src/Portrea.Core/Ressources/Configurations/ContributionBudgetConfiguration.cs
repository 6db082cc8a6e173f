using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Ressources.Configurations;

public sealed class ContributionBudgetConfiguration : IEntityTypeConfiguration<ContributionBudget>
{
    public void Configure(EntityTypeBuilder<ContributionBudget> builder)
    {
        builder.ToTable("budget_contributions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Axe).HasConversion<string>().HasMaxLength(40);
        builder.Property(c => c.Nature).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Commentaire).HasMaxLength(500);
        builder.Property(c => c.AuteurId).HasMaxLength(450);
        builder.HasOne<Reseau>().WithMany().HasForeignKey(c => c.ReseauId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Structure>().WithMany().HasForeignKey(c => c.StructureId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ReseauId, c.Annee });
        builder.HasIndex(c => c.StructureId);
    }
}
