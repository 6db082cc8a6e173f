using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portrea.Core.Provenance;

public sealed class JeuDeDonneesConfiguration : IEntityTypeConfiguration<JeuDeDonnees>
{
    public void Configure(EntityTypeBuilder<JeuDeDonnees> builder)
    {
        builder.ToTable("jeux_de_donnees");
        builder.HasKey(j => j.Cle);
        builder.Property(j => j.Cle).HasMaxLength(100);
        builder.Property(j => j.Libelle).HasMaxLength(300);
        builder.Property(j => j.Source).HasMaxLength(1000);
        builder.Property(j => j.Licence).HasMaxLength(200);
        builder.Property(j => j.Millesime).HasMaxLength(200);
        builder.Property(j => j.Fichier).HasMaxLength(500);
    }
}
