using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Lieux.Configurations;

public sealed class ContactLieuConfiguration : IEntityTypeConfiguration<ContactLieu>
{
    public void Configure(EntityTypeBuilder<ContactLieu> builder)
    {
        builder.ToTable("contacts_lieux");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Nom).HasMaxLength(200);
        builder.Property(c => c.Fonction).HasMaxLength(200);
        builder.Property(c => c.Telephone).HasMaxLength(20);
        builder.Property(c => c.Courriel).HasMaxLength(300);
        builder.HasIndex(c => c.LieuId);
    }
}
