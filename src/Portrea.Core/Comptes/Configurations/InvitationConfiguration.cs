using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Comptes.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Email).HasMaxLength(256);
        builder.Property(i => i.NomAffiche).HasMaxLength(200);
        builder.Property(i => i.Role).HasMaxLength(20);
        builder.Property(i => i.EpciSiren).HasMaxLength(9);
        builder.Property(i => i.Empreinte).HasMaxLength(64);
        builder.HasIndex(i => i.Empreinte).IsUnique();
    }
}
