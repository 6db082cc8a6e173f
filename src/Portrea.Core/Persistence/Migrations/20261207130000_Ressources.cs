using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// A local network's shared resources: networks with their places and partners, the versioned common service base
/// and the places' answers, free slots of rooms (one-off or from a weekly recurrence) and their bookings (one per
/// slot, unique index), and the common budget. Provider-neutral like the earlier migrations.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261207130000_Ressources")]
public sealed class Ressources : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "reseaux",
            columns: table => new
            {
                Id = Identite(table),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reseaux", x => x.Id);
                table.ForeignKey("FK_reseaux_epci_EpciSiren", x => x.EpciSiren, "epci", "Siren", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_reseaux_EpciSiren", "reseaux", "EpciSiren");

        migrationBuilder.CreateTable(
            name: "reseaux_lieux",
            columns: table => new
            {
                ReseauId = table.Column<int>(nullable: false),
                LieuId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reseaux_lieux", x => new { x.ReseauId, x.LieuId });
                table.ForeignKey("FK_reseaux_lieux_reseaux_ReseauId", x => x.ReseauId, "reseaux", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reseaux_lieux_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_reseaux_lieux_LieuId", "reseaux_lieux", "LieuId");

        migrationBuilder.CreateTable(
            name: "reseaux_structures",
            columns: table => new
            {
                ReseauId = table.Column<int>(nullable: false),
                StructureId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reseaux_structures", x => new { x.ReseauId, x.StructureId });
                table.ForeignKey("FK_reseaux_structures_reseaux_ReseauId", x => x.ReseauId, "reseaux", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reseaux_structures_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_reseaux_structures_StructureId", "reseaux_structures", "StructureId");

        migrationBuilder.CreateTable(
            name: "socle_elements",
            columns: table => new
            {
                Id = Identite(table),
                ReseauId = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Code = table.Column<string>(maxLength: 80, nullable: false),
                Libelle = table.Column<string>(maxLength: 300, nullable: false),
                Axe = table.Column<string>(maxLength: 40, nullable: false),
                Ordre = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_socle_elements", x => x.Id);
                table.ForeignKey("FK_socle_elements_reseaux_ReseauId", x => x.ReseauId, "reseaux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_socle_elements_ReseauId_Version_Code", "socle_elements", ["ReseauId", "Version", "Code"], unique: true);

        migrationBuilder.CreateTable(
            name: "socle_reponses",
            columns: table => new
            {
                Id = Identite(table),
                ElementSocleId = table.Column<int>(nullable: false),
                LieuId = table.Column<int>(nullable: false),
                Etat = table.Column<string>(maxLength: 20, nullable: false),
                ModifieeLe = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_socle_reponses", x => x.Id);
                table.ForeignKey("FK_socle_reponses_socle_elements_ElementSocleId", x => x.ElementSocleId, "socle_elements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_socle_reponses_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_socle_reponses_ElementSocleId_LieuId", "socle_reponses", ["ElementSocleId", "LieuId"], unique: true);
        migrationBuilder.CreateIndex("IX_socle_reponses_LieuId", "socle_reponses", "LieuId");

        migrationBuilder.CreateTable(
            name: "disponibilites_recurrentes",
            columns: table => new
            {
                Id = Identite(table),
                LieuId = table.Column<int>(nullable: false),
                Salle = table.Column<string>(maxLength: 120, nullable: false),
                Jour = table.Column<int>(nullable: false),
                DebutMinutes = table.Column<int>(nullable: false),
                FinMinutes = table.Column<int>(nullable: false),
                Du = table.Column<DateOnly>(nullable: false),
                Au = table.Column<DateOnly>(nullable: false),
                Exceptions = table.Column<string>(maxLength: 4000, nullable: false),
                PublieeLe = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_disponibilites_recurrentes", x => x.Id);
                table.ForeignKey("FK_disponibilites_recurrentes_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_disponibilites_recurrentes_LieuId", "disponibilites_recurrentes", "LieuId");

        migrationBuilder.CreateTable(
            name: "disponibilites",
            columns: table => new
            {
                Id = Identite(table),
                LieuId = table.Column<int>(nullable: false),
                Salle = table.Column<string>(maxLength: 120, nullable: false),
                Jour = table.Column<DateOnly>(nullable: false),
                DebutMinutes = table.Column<int>(nullable: false),
                FinMinutes = table.Column<int>(nullable: false),
                RecurrenceId = table.Column<int>(nullable: true),
                PublieeLe = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_disponibilites", x => x.Id);
                table.ForeignKey("FK_disponibilites_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_disponibilites_disponibilites_recurrentes_RecurrenceId", x => x.RecurrenceId, "disponibilites_recurrentes", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_disponibilites_LieuId_Salle_Jour_DebutMinutes", "disponibilites", ["LieuId", "Salle", "Jour", "DebutMinutes"], unique: true);
        migrationBuilder.CreateIndex("IX_disponibilites_Jour_LieuId", "disponibilites", ["Jour", "LieuId"]);
        migrationBuilder.CreateIndex("IX_disponibilites_RecurrenceId", "disponibilites", "RecurrenceId");

        migrationBuilder.CreateTable(
            name: "reservations",
            columns: table => new
            {
                Id = Identite(table),
                DisponibiliteId = table.Column<int>(nullable: false),
                StructureId = table.Column<int>(nullable: false),
                Objet = table.Column<string>(maxLength: 300, nullable: false),
                Nature = table.Column<string>(maxLength: 20, nullable: false),
                CreeeLe = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_reservations", x => x.Id);
                table.ForeignKey("FK_reservations_disponibilites_DisponibiliteId", x => x.DisponibiliteId, "disponibilites", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_reservations_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_reservations_DisponibiliteId", "reservations", "DisponibiliteId", unique: true);
        migrationBuilder.CreateIndex("IX_reservations_StructureId", "reservations", "StructureId");

        migrationBuilder.CreateTable(
            name: "budget_contributions",
            columns: table => new
            {
                Id = Identite(table),
                ReseauId = table.Column<int>(nullable: false),
                StructureId = table.Column<int>(nullable: false),
                Annee = table.Column<int>(nullable: false),
                Axe = table.Column<string>(maxLength: 40, nullable: false),
                Nature = table.Column<string>(maxLength: 20, nullable: false),
                Valeur = table.Column<decimal>(nullable: false),
                Commentaire = table.Column<string>(maxLength: 500, nullable: true),
                SaisieLe = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_budget_contributions", x => x.Id);
                table.ForeignKey("FK_budget_contributions_reseaux_ReseauId", x => x.ReseauId, "reseaux", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_budget_contributions_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_budget_contributions_ReseauId_Annee", "budget_contributions", ["ReseauId", "Annee"]);
        migrationBuilder.CreateIndex("IX_budget_contributions_StructureId", "budget_contributions", "StructureId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("budget_contributions");
        migrationBuilder.DropTable("reservations");
        migrationBuilder.DropTable("disponibilites");
        migrationBuilder.DropTable("disponibilites_recurrentes");
        migrationBuilder.DropTable("socle_reponses");
        migrationBuilder.DropTable("socle_elements");
        migrationBuilder.DropTable("reseaux_structures");
        migrationBuilder.DropTable("reseaux_lieux");
        migrationBuilder.DropTable("reseaux");
    }

    private static OperationBuilder<AddColumnOperation> Identite(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
