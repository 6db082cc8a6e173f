using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Places (lieux), their structures, services with weekly slots, and contacts. Provider-neutral like the first
/// migration; the identity annotations are read by one engine each and ignored by the other.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261202090000_Lieux")]
public sealed class Lieux : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "structures",
            columns: table => new
            {
                Id = Identite(table),
                Nom = table.Column<string>(maxLength: 300, nullable: false),
                Pivot = table.Column<string>(maxLength: 14, nullable: true),
                Typologie = table.Column<string>(maxLength: 500, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_structures", x => x.Id));
        migrationBuilder.CreateIndex("IX_structures_Pivot", "structures", "Pivot");

        migrationBuilder.CreateTable(
            name: "lieux",
            columns: table => new
            {
                Id = Identite(table),
                Identifiant = table.Column<string>(maxLength: 200, nullable: false),
                Pivot = table.Column<string>(maxLength: 14, nullable: true),
                Nom = table.Column<string>(maxLength: 300, nullable: false),
                Commune = table.Column<string>(maxLength: 200, nullable: false),
                CodePostal = table.Column<string>(maxLength: 5, nullable: false),
                CodeInsee = table.Column<string>(maxLength: 5, nullable: true),
                Adresse = table.Column<string>(maxLength: 500, nullable: false),
                ComplementAdresse = table.Column<string>(maxLength: 500, nullable: true),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                Typologie = table.Column<string>(maxLength: 500, nullable: false),
                Telephone = table.Column<string>(maxLength: 20, nullable: true),
                Courriels = table.Column<string>(maxLength: 1000, nullable: false),
                SiteWeb = table.Column<string>(maxLength: 2000, nullable: false),
                Horaires = table.Column<string>(maxLength: 1000, nullable: true),
                PresentationResume = table.Column<string>(maxLength: 1000, nullable: true),
                PresentationDetail = table.Column<string>(nullable: true),
                Source = table.Column<string>(maxLength: 300, nullable: true),
                Itinerance = table.Column<string>(maxLength: 50, nullable: false),
                StructureParente = table.Column<string>(maxLength: 300, nullable: true),
                DateMaj = table.Column<DateOnly>(nullable: false),
                PublicsSpecifiquementAdresses = table.Column<string>(maxLength: 500, nullable: false),
                PriseEnChargeSpecifique = table.Column<string>(maxLength: 500, nullable: false),
                FraisACharge = table.Column<string>(maxLength: 100, nullable: false),
                DispositifProgrammesNationaux = table.Column<string>(maxLength: 1000, nullable: false),
                FormationsLabels = table.Column<string>(maxLength: 1000, nullable: false),
                AutresFormationsLabels = table.Column<string>(maxLength: 1000, nullable: true),
                ModalitesAcces = table.Column<string>(maxLength: 500, nullable: false),
                ModalitesAccompagnement = table.Column<string>(maxLength: 200, nullable: false),
                FicheAccesLibre = table.Column<string>(maxLength: 1000, nullable: true),
                PriseRdv = table.Column<string>(maxLength: 1000, nullable: true),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: true),
                Rattachement = table.Column<string>(maxLength: 20, nullable: false),
                StructureId = table.Column<int>(nullable: true),
                Equipements = table.Column<string>(maxLength: 500, nullable: false),
                IdentifiantsFusionnes = table.Column<string>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_lieux", x => x.Id);
                table.ForeignKey("FK_lieux_communes_CommuneCode", x => x.CommuneCode, "communes", "Code", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_lieux_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_lieux_Identifiant", "lieux", "Identifiant", unique: true);
        migrationBuilder.CreateIndex("IX_lieux_CommuneCode", "lieux", "CommuneCode");
        migrationBuilder.CreateIndex("IX_lieux_StructureId", "lieux", "StructureId");
        migrationBuilder.CreateIndex("IX_lieux_Pivot", "lieux", "Pivot");

        migrationBuilder.CreateTable(
            name: "services_lieux",
            columns: table => new
            {
                Id = Identite(table),
                LieuId = table.Column<int>(nullable: false),
                Categorie = table.Column<string>(maxLength: 40, nullable: false),
                Nom = table.Column<string>(maxLength: 300, nullable: false),
                ServiceNational = table.Column<string>(maxLength: 100, nullable: true),
                Description = table.Column<string>(nullable: true),
                Format = table.Column<string>(maxLength: 20, nullable: false),
                Publics = table.Column<string>(maxLength: 500, nullable: false),
                Tarif = table.Column<string>(maxLength: 30, nullable: true),
                StructureId = table.Column<int>(nullable: true),
                HeuresParSemaine = table.Column<double>(nullable: true),
                PersonnesAideesParAn = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_services_lieux", x => x.Id);
                table.ForeignKey("FK_services_lieux_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_services_lieux_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_services_lieux_LieuId", "services_lieux", "LieuId");
        migrationBuilder.CreateIndex("IX_services_lieux_StructureId", "services_lieux", "StructureId");
        migrationBuilder.CreateIndex("IX_services_lieux_Categorie_LieuId", "services_lieux", ["Categorie", "LieuId"]);
        migrationBuilder.CreateIndex("IX_services_lieux_ServiceNational_LieuId", "services_lieux", ["ServiceNational", "LieuId"]);

        migrationBuilder.CreateTable(
            name: "creneaux_services",
            columns: table => new
            {
                Id = Identite(table),
                ServiceLieuId = table.Column<int>(nullable: false),
                Jour = table.Column<int>(nullable: false),
                Frequence = table.Column<string>(maxLength: 30, nullable: false),
                PrecisionFrequence = table.Column<string>(maxLength: 300, nullable: true),
                OuvertureMinutes = table.Column<int>(nullable: true),
                FermetureMinutes = table.Column<int>(nullable: true),
                PauseDebutMinutes = table.Column<int>(nullable: true),
                PauseFinMinutes = table.Column<int>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_creneaux_services", x => x.Id);
                table.ForeignKey("FK_creneaux_services_services_lieux_ServiceLieuId", x => x.ServiceLieuId, "services_lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_creneaux_services_ServiceLieuId", "creneaux_services", "ServiceLieuId");

        migrationBuilder.CreateTable(
            name: "contacts_lieux",
            columns: table => new
            {
                Id = Identite(table),
                LieuId = table.Column<int>(nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: true),
                Fonction = table.Column<string>(maxLength: 200, nullable: true),
                Telephone = table.Column<string>(maxLength: 20, nullable: true),
                Courriel = table.Column<string>(maxLength: 300, nullable: true),
                Public = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_contacts_lieux", x => x.Id);
                table.ForeignKey("FK_contacts_lieux_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_contacts_lieux_LieuId", "contacts_lieux", "LieuId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "contacts_lieux", "creneaux_services", "services_lieux", "lieux", "structures" })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static OperationBuilder<AddColumnOperation> Identite(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
