using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Contributions: the field-level history of places, the proposals waiting for moderation, and on places the last
/// confirmation date (freshness) and the draft flag (census template). Provider-neutral like the earlier migrations.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261204100000_Contributions")]
public sealed class Contributions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateOnly>("DateConfirmation", "lieux", nullable: true);
        migrationBuilder.AddColumn<bool>("Brouillon", "lieux", nullable: false, defaultValue: false);

        migrationBuilder.CreateTable(
            name: "historique_lieux",
            columns: table => new
            {
                Id = Identite(table),
                LieuId = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                Date = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
                AuteurNom = table.Column<string>(maxLength: 200, nullable: true),
                Role = table.Column<string>(maxLength: 30, nullable: true),
                Source = table.Column<string>(maxLength: 20, nullable: false),
                PropositionId = table.Column<int>(nullable: true),
                VersionRestauree = table.Column<int>(nullable: true),
                Changements = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_historique_lieux", x => x.Id);
                table.ForeignKey("FK_historique_lieux_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_historique_lieux_LieuId_Version", "historique_lieux", ["LieuId", "Version"]);

        migrationBuilder.CreateTable(
            name: "propositions",
            columns: table => new
            {
                Id = Identite(table),
                LieuId = table.Column<int>(nullable: false),
                EpciSiren = table.Column<string>(maxLength: 9, nullable: true),
                VersionBase = table.Column<int>(nullable: false),
                Date = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
                AuteurNom = table.Column<string>(maxLength: 200, nullable: true),
                Role = table.Column<string>(maxLength: 30, nullable: true),
                Courriel = table.Column<string>(maxLength: 300, nullable: true),
                Message = table.Column<string>(maxLength: 2000, nullable: true),
                Champs = table.Column<string>(nullable: false),
                Statut = table.Column<string>(maxLength: 30, nullable: false),
                ChampsAcceptes = table.Column<string>(nullable: true),
                MotifRefus = table.Column<string>(maxLength: 2000, nullable: true),
                DecideeLe = table.Column<DateTimeOffset>(nullable: true),
                DecideeParId = table.Column<string>(maxLength: 450, nullable: true),
                DecideeParNom = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_propositions", x => x.Id);
                table.ForeignKey("FK_propositions_lieux_LieuId", x => x.LieuId, "lieux", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_propositions_EpciSiren_Statut", "propositions", ["EpciSiren", "Statut"]);
        migrationBuilder.CreateIndex("IX_propositions_LieuId", "propositions", "LieuId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("propositions");
        migrationBuilder.DropTable("historique_lieux");
        migrationBuilder.DropColumn("Brouillon", "lieux");
        migrationBuilder.DropColumn("DateConfirmation", "lieux");
    }

    private static OperationBuilder<AddColumnOperation> Identite(ColumnsBuilder table) =>
        table.Column<int>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
