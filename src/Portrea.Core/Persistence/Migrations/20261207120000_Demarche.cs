using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Running the method in each EPCI: its phase and strategy, the history of its phase transitions, the kind of its
/// referents (institutional / associative), its collaborative day and the day's participants.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261207120000_Demarche")]
public sealed class Demarche : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "deploiements_epci",
            columns: table => new
            {
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                Phase = table.Column<string>(maxLength: 20, nullable: true),
                PhaseDepuis = table.Column<DateOnly>(nullable: true),
                Strategie = table.Column<string>(maxLength: 20, nullable: true),
                Maturite = table.Column<string>(maxLength: 500, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_deploiements_epci", x => x.EpciSiren);
                table.ForeignKey("FK_deploiements_epci_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "transitions_phases",
            columns: table => new
            {
                Id = Identite(table),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                De = table.Column<string>(maxLength: 20, nullable: true),
                Vers = table.Column<string>(maxLength: 20, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Commentaire = table.Column<string>(maxLength: 2000, nullable: true),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
                AuteurNom = table.Column<string>(maxLength: 200, nullable: true),
                EnregistreeLe = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_transitions_phases", x => x.Id);
                table.ForeignKey("FK_transitions_phases_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_transitions_phases_EpciSiren", "transitions_phases", "EpciSiren");

        migrationBuilder.CreateTable(
            name: "natures_referents",
            columns: table => new
            {
                Id = Identite(table),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                UtilisateurId = table.Column<string>(nullable: false),
                Nature = table.Column<string>(maxLength: 20, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_natures_referents", x => x.Id);
                table.ForeignKey("FK_natures_referents_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_natures_referents_utilisateurs_UtilisateurId", x => x.UtilisateurId, "utilisateurs", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_natures_referents_EpciSiren_UtilisateurId", "natures_referents", ["EpciSiren", "UtilisateurId"], unique: true);
        migrationBuilder.CreateIndex("IX_natures_referents_UtilisateurId", "natures_referents", "UtilisateurId");

        migrationBuilder.CreateTable(
            name: "journees_collaboratives",
            columns: table => new
            {
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                Date = table.Column<DateOnly>(nullable: true),
                Horaires = table.Column<string>(maxLength: 100, nullable: true),
                Lieu = table.Column<string>(maxLength: 200, nullable: true),
                Adresse = table.Column<string>(maxLength: 300, nullable: true),
                Logistique = table.Column<string>(maxLength: 2000, nullable: false),
                InvitationEnvoyeeLe = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_journees_collaboratives", x => x.EpciSiren);
                table.ForeignKey("FK_journees_collaboratives_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "participants_journees",
            columns: table => new
            {
                Id = Identite(table),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: true),
                Structure = table.Column<string>(maxLength: 200, nullable: false),
                Role = table.Column<string>(maxLength: 200, nullable: true),
                Courriel = table.Column<string>(maxLength: 300, nullable: true),
                Present = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_participants_journees", x => x.Id);
                table.ForeignKey("FK_participants_journees_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_participants_journees_EpciSiren", "participants_journees", "EpciSiren");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("participants_journees");
        migrationBuilder.DropTable("journees_collaboratives");
        migrationBuilder.DropTable("natures_referents");
        migrationBuilder.DropTable("transitions_phases");
        migrationBuilder.DropTable("deploiements_epci");
    }

    private static OperationBuilder<AddColumnOperation> Identite(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
