using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Territories and dataset provenance. Written by hand with provider-neutral operations (no column types:
/// each engine maps the CLR types itself), so that the same migration runs on SQLite and PostgreSQL.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261122080000_Territoires")]
public sealed class Territoires : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "regions",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 3, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                ChefLieu = table.Column<string>(maxLength: 5, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_regions", x => x.Code));

        migrationBuilder.CreateTable(
            name: "departements",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 3, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                RegionCode = table.Column<string>(maxLength: 3, nullable: false),
                ChefLieu = table.Column<string>(maxLength: 5, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_departements", x => x.Code);
                table.ForeignKey("FK_departements_regions_RegionCode", x => x.RegionCode, "regions", "Code", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "epci",
            columns: table => new
            {
                Siren = table.Column<string>(maxLength: 9, nullable: false),
                Nom = table.Column<string>(maxLength: 300, nullable: false),
                Type = table.Column<string>(maxLength: 10, nullable: false),
                ModeFinancement = table.Column<string>(maxLength: 10, nullable: true),
                PopulationMunicipale = table.Column<int>(nullable: true),
                PopulationTotale = table.Column<int>(nullable: true),
                NombreCommunes = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_epci", x => x.Siren));

        migrationBuilder.CreateTable(
            name: "epci_membres",
            columns: table => new
            {
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                PopulationMunicipale = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_epci_membres", x => new { x.EpciSiren, x.CommuneCode });
                table.ForeignKey("FK_epci_membres_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "communes",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 5, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                DepartementCode = table.Column<string>(maxLength: 3, nullable: false),
                RegionCode = table.Column<string>(maxLength: 3, nullable: false),
                Siren = table.Column<string>(maxLength: 9, nullable: true),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: true),
                CodesPostaux = table.Column<string>(maxLength: 200, nullable: false),
                PopulationMunicipale = table.Column<int>(nullable: true),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_communes", x => x.Code);
                table.ForeignKey("FK_communes_departements_DepartementCode", x => x.DepartementCode, "departements", "Code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_communes_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_departements_RegionCode", "departements", "RegionCode");
        migrationBuilder.CreateIndex("IX_communes_DepartementCode", "communes", "DepartementCode");
        migrationBuilder.CreateIndex("IX_communes_EpciSiren", "communes", "EpciSiren");

        migrationBuilder.CreateTable(
            name: "codes_historiques",
            columns: table => new
            {
                AncienCode = table.Column<string>(maxLength: 5, nullable: false),
                CodeActuel = table.Column<string>(maxLength: 5, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Nature = table.Column<string>(maxLength: 30, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_codes_historiques", x => x.AncienCode));
        migrationBuilder.CreateIndex("IX_codes_historiques_CodeActuel", "codes_historiques", "CodeActuel");

        migrationBuilder.CreateTable(
            name: "contours",
            columns: table => new
            {
                Niveau = table.Column<string>(maxLength: 20, nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                GeoJson = table.Column<string>(nullable: false),
                MinLongitude = table.Column<double>(nullable: false),
                MinLatitude = table.Column<double>(nullable: false),
                MaxLongitude = table.Column<double>(nullable: false),
                MaxLatitude = table.Column<double>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_contours", x => new { x.Niveau, x.Code }));

        migrationBuilder.CreateTable(
            name: "jeux_de_donnees",
            columns: table => new
            {
                Cle = table.Column<string>(maxLength: 100, nullable: false),
                Libelle = table.Column<string>(maxLength: 300, nullable: false),
                Source = table.Column<string>(maxLength: 1000, nullable: false),
                Licence = table.Column<string>(maxLength: 200, nullable: false),
                Millesime = table.Column<string>(maxLength: 200, nullable: false),
                Fichier = table.Column<string>(maxLength: 500, nullable: true),
                ImporteLe = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_jeux_de_donnees", x => x.Cle));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "jeux_de_donnees", "contours", "codes_historiques", "communes", "epci_membres", "epci", "departements", "regions" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
