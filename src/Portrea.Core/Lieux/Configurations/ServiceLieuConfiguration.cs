using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Lieux.Configurations;

public sealed class ServiceLieuConfiguration : IEntityTypeConfiguration<ServiceLieu>
{
    public void Configure(EntityTypeBuilder<ServiceLieu> builder)
    {
        builder.ToTable("services_lieux");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Categorie).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Nom).HasMaxLength(300);
        builder.Property(s => s.ServiceNational).HasMaxLength(100);
        builder.Property(s => s.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Publics).HasMaxLength(500);
        builder.Property(s => s.Tarif).HasMaxLength(30);
        builder.HasOne(s => s.Structure).WithMany().HasForeignKey(s => s.StructureId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Creneaux).WithOne().HasForeignKey(c => c.ServiceLieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.LieuId);
        builder.HasIndex(s => s.StructureId);
        builder.HasIndex(s => new { s.Categorie, s.LieuId });
        builder.HasIndex(s => new { s.ServiceNational, s.LieuId });
    }
}
