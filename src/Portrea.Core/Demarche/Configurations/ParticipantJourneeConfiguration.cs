using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Territoires;

namespace Portrea.Core.Demarche.Configurations;

public sealed class ParticipantJourneeConfiguration : IEntityTypeConfiguration<ParticipantJournee>
{
    public void Configure(EntityTypeBuilder<ParticipantJournee> builder)
    {
        builder.ToTable("participants_journees");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.EpciSiren).HasMaxLength(9);
        builder.Property(p => p.Nom).HasMaxLength(200);
        builder.Property(p => p.Structure).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(200);
        builder.Property(p => p.Courriel).HasMaxLength(300);
        builder.Ignore(p => p.NomAffiche);
        builder.HasOne<Epci>().WithMany().HasForeignKey(p => p.EpciSiren).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.EpciSiren);
    }
}
