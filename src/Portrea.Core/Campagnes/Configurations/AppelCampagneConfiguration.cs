using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Campagnes.Configurations;

public sealed class AppelCampagneConfiguration : IEntityTypeConfiguration<AppelCampagne>
{
    public void Configure(EntityTypeBuilder<AppelCampagne> builder)
    {
        builder.ToTable("campagnes_appels");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AuteurId).HasMaxLength(450);
        builder.Property(a => a.AuteurNom).HasMaxLength(200);
        builder.Property(a => a.Resultat).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.HasOne<DestinataireCampagne>().WithMany().HasForeignKey(a => a.DestinataireId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.DestinataireId);
    }
}
