using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Lieux;

namespace Portrea.Core.Campagnes.Configurations;

public sealed class DestinataireCampagneConfiguration : IEntityTypeConfiguration<DestinataireCampagne>
{
    public void Configure(EntityTypeBuilder<DestinataireCampagne> builder)
    {
        builder.ToTable("campagnes_destinataires");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Courriel).HasMaxLength(300);
        builder.Ignore(d => d.ARepondu);
        builder.HasOne<Campagne>().WithMany().HasForeignKey(d => d.CampagneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lieu>().WithMany().HasForeignKey(d => d.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.CampagneId, d.LieuId }).IsUnique();
        builder.HasIndex(d => d.LieuId);
    }
}
