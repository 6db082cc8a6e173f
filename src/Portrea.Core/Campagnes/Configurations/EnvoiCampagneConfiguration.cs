using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Campagnes.Configurations;

public sealed class EnvoiCampagneConfiguration : IEntityTypeConfiguration<EnvoiCampagne>
{
    public void Configure(EntityTypeBuilder<EnvoiCampagne> builder)
    {
        builder.ToTable("campagnes_envois");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.EmpreinteJeton).HasMaxLength(64);
        builder.HasOne<DestinataireCampagne>().WithMany().HasForeignKey(e => e.DestinataireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.MessageSortant).WithMany().HasForeignKey(e => e.MessageSortantId).OnDelete(DeleteBehavior.Cascade);
        // The guarantee that no contact is written to twice for the same send.
        builder.HasIndex(e => new { e.DestinataireId, e.Rang }).IsUnique();
        builder.HasIndex(e => e.EmpreinteJeton).IsUnique();
        builder.HasIndex(e => e.MessageSortantId);
    }
}
