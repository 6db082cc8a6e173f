using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Update campaigns: campaigns, their recipients (fixed at launch), each e-mail sent (unique per recipient and rank),
/// call outcomes and the calendar of each EPCI; the history's event column and the outbox's refusal date.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261207110000_Campagnes")]
public sealed class Campagnes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Evenement", "historique_lieux", maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<DateTime>("RefuseLe", "messages_sortants", nullable: true);

        migrationBuilder.CreateTable(
            name: "campagnes",
            columns: table => new
            {
                Id = Identite(table),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                Nom = table.Column<string>(maxLength: 200, nullable: false),
                Debut = table.Column<DateOnly>(nullable: false),
                Fin = table.Column<DateOnly>(nullable: false),
                Sujet = table.Column<string>(maxLength: 300, nullable: false),
                Modele = table.Column<string>(nullable: false),
                DelaisRelances = table.Column<string>(maxLength: 100, nullable: false),
                Statut = table.Column<string>(maxLength: 20, nullable: false),
                DateCalendrier = table.Column<DateOnly>(nullable: true),
                AdresseBase = table.Column<string>(maxLength: 500, nullable: false),
                CreeLe = table.Column<DateTimeOffset>(nullable: false),
                CreeParNom = table.Column<string>(maxLength: 200, nullable: true),
                LanceeLe = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_campagnes", x => x.Id));
        migrationBuilder.CreateIndex("IX_campagnes_Statut_Debut", "campagnes", ["Statut", "Debut"]);
        migrationBuilder.CreateIndex("IX_campagnes_EpciSiren_DateCalendrier", "campagnes", ["EpciSiren", "DateCalendrier"], unique: true);

        migrationBuilder.CreateTable(
            name: "campagnes_destinataires",
            columns: table => new
            {
                Id = Identite(table),
                CampagneId = table.Column<int>(nullable: false),
                LieuId = table.Column<int>(nullable: false),
                Courriel = table.Column<string>(maxLength: 300, nullable: false),
                Utilisations = table.Column<int>(nullable: false),
                OuvertLe = table.Column<DateTimeOffset>(nullable: true),
                ConfirmeLe = table.Column<DateTimeOffset>(nullable: true),
                CorrigeLe = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_campagnes_destinataires", x => x.Id);
                table.ForeignKey("FK_campagnes_destinataires_campagnes_CampagneId", x => x.CampagneId, "campagnes", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_campagnes_destinataires_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_campagnes_destinataires_CampagneId_LieuId", "campagnes_destinataires", ["CampagneId", "LieuId"], unique: true);
        migrationBuilder.CreateIndex("IX_campagnes_destinataires_LieuId", "campagnes_destinataires", "LieuId");

        migrationBuilder.CreateTable(
            name: "campagnes_envois",
            columns: table => new
            {
                Id = Identite(table),
                DestinataireId = table.Column<int>(nullable: false),
                Rang = table.Column<int>(nullable: false),
                EmpreinteJeton = table.Column<string>(maxLength: 64, nullable: false),
                MessageSortantId = table.Column<int>(nullable: false),
                CreeLe = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_campagnes_envois", x => x.Id);
                table.ForeignKey("FK_campagnes_envois_campagnes_destinataires_DestinataireId", x => x.DestinataireId, "campagnes_destinataires", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_campagnes_envois_messages_sortants_MessageSortantId", x => x.MessageSortantId, "messages_sortants", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_campagnes_envois_DestinataireId_Rang", "campagnes_envois", ["DestinataireId", "Rang"], unique: true);
        migrationBuilder.CreateIndex("IX_campagnes_envois_EmpreinteJeton", "campagnes_envois", "EmpreinteJeton", unique: true);
        migrationBuilder.CreateIndex("IX_campagnes_envois_MessageSortantId", "campagnes_envois", "MessageSortantId");

        migrationBuilder.CreateTable(
            name: "campagnes_appels",
            columns: table => new
            {
                Id = Identite(table),
                DestinataireId = table.Column<int>(nullable: false),
                Date = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
                AuteurNom = table.Column<string>(maxLength: 200, nullable: true),
                Resultat = table.Column<string>(maxLength: 30, nullable: false),
                Note = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_campagnes_appels", x => x.Id);
                table.ForeignKey("FK_campagnes_appels_campagnes_destinataires_DestinataireId", x => x.DestinataireId, "campagnes_destinataires", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_campagnes_appels_DestinataireId", "campagnes_appels", "DestinataireId");

        migrationBuilder.CreateTable(
            name: "calendriers_campagnes",
            columns: table => new
            {
                EpciSiren = table.Column<string>(maxLength: 9, nullable: false),
                Dates = table.Column<string>(maxLength: 200, nullable: false),
                DureeJours = table.Column<int>(nullable: false),
                DelaisRelances = table.Column<string>(maxLength: 100, nullable: false),
                Actif = table.Column<bool>(nullable: false),
                ActifDepuis = table.Column<DateOnly>(nullable: true),
                AdresseBase = table.Column<string>(maxLength: 500, nullable: false),
                ModifieLe = table.Column<DateTimeOffset>(nullable: false),
                ModifieParNom = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_calendriers_campagnes", x => x.EpciSiren));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("calendriers_campagnes");
        migrationBuilder.DropTable("campagnes_appels");
        migrationBuilder.DropTable("campagnes_envois");
        migrationBuilder.DropTable("campagnes_destinataires");
        migrationBuilder.DropTable("campagnes");
        migrationBuilder.DropColumn("RefuseLe", "messages_sortants");
        migrationBuilder.DropColumn("Evenement", "historique_lieux");
    }

    private static OperationBuilder<AddColumnOperation> Identite(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
