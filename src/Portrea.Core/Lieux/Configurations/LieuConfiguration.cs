using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portrea.Core.Territoires;

namespace Portrea.Core.Lieux.Configurations;

public sealed class LieuConfiguration : IEntityTypeConfiguration<Lieu>
{
    public void Configure(EntityTypeBuilder<Lieu> builder)
    {
        builder.ToTable("lieux");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Identifiant).HasMaxLength(200);
        builder.HasIndex(l => l.Identifiant).IsUnique();
        builder.Property(l => l.Pivot).HasMaxLength(14);
        builder.Property(l => l.Nom).HasMaxLength(300);
        builder.Property(l => l.Commune).HasMaxLength(200);
        builder.Property(l => l.CodePostal).HasMaxLength(5);
        builder.Property(l => l.CodeInsee).HasMaxLength(5);
        builder.Property(l => l.Adresse).HasMaxLength(500);
        builder.Property(l => l.ComplementAdresse).HasMaxLength(500);
        builder.Property(l => l.Typologie).HasMaxLength(500);
        builder.Property(l => l.Telephone).HasMaxLength(20);
        builder.Property(l => l.Courriels).HasMaxLength(1000);
        builder.Property(l => l.SiteWeb).HasMaxLength(2000);
        builder.Property(l => l.Horaires).HasMaxLength(1000);
        builder.Property(l => l.PresentationResume).HasMaxLength(1000);
        builder.Property(l => l.Source).HasMaxLength(300);
        builder.Property(l => l.Itinerance).HasMaxLength(50);
        builder.Property(l => l.StructureParente).HasMaxLength(300);
        builder.Property(l => l.PublicsSpecifiquementAdresses).HasMaxLength(500);
        builder.Property(l => l.PriseEnChargeSpecifique).HasMaxLength(500);
        builder.Property(l => l.FraisACharge).HasMaxLength(100);
        builder.Property(l => l.DispositifProgrammesNationaux).HasMaxLength(1000);
        builder.Property(l => l.FormationsLabels).HasMaxLength(1000);
        builder.Property(l => l.AutresFormationsLabels).HasMaxLength(1000);
        builder.Property(l => l.ModalitesAcces).HasMaxLength(500);
        builder.Property(l => l.ModalitesAccompagnement).HasMaxLength(200);
        builder.Property(l => l.FicheAccesLibre).HasMaxLength(1000);
        builder.Property(l => l.PriseRdv).HasMaxLength(1000);
        builder.Property(l => l.CommuneCode).HasMaxLength(5);
        builder.Property(l => l.Rattachement).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Equipements).HasMaxLength(500);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne<Commune>().WithMany().HasForeignKey(l => l.CommuneCode).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Structure).WithMany().HasForeignKey(l => l.StructureId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(l => l.Services).WithOne().HasForeignKey(s => s.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Contacts).WithOne().HasForeignKey(c => c.LieuId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.CommuneCode);
        builder.HasIndex(l => l.StructureId);
        builder.HasIndex(l => l.Pivot);
    }
}
