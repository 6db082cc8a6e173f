using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Messagerie;

public sealed class MessageSortantConfiguration : IEntityTypeConfiguration<MessageSortant>
{
    public void Configure(EntityTypeBuilder<MessageSortant> builder)
    {
        builder.ToTable("messages_sortants");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Destinataire).HasMaxLength(256);
        builder.Property(m => m.Sujet).HasMaxLength(300);
        builder.Property(m => m.ReservePar).HasMaxLength(100);
        builder.Property(m => m.DerniereErreur).HasMaxLength(2000);
        builder.HasIndex(m => m.EnvoyeLe);
    }
}
