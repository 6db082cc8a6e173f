using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Territoires.Configurations;

public sealed class EpciMembreConfiguration : IEntityTypeConfiguration<EpciMembre>
{
    public void Configure(EntityTypeBuilder<EpciMembre> builder)
    {
        builder.ToTable("epci_membres");
        builder.HasKey(m => new { m.EpciSiren, m.CommuneCode });
        builder.Property(m => m.EpciSiren).HasMaxLength(9);
        builder.Property(m => m.CommuneCode).HasMaxLength(5);
        builder.Property(m => m.Nom).HasMaxLength(200);
    }
}
