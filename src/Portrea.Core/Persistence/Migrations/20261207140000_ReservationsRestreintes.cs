using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// A booking now holds its slot back (ON DELETE RESTRICT instead of CASCADE): removing a free slot can no longer
/// take a booking made at the same instant with it. SQLite cannot alter a foreign key, so its table is rebuilt with
/// rows and identifiers kept.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261207140000_ReservationsRestreintes")]
public sealed class ReservationsRestreintes : Migration
{
    private const string Table = "reservations";
    private const string CleCreneau = "FK_reservations_disponibilites_DisponibiliteId";

    protected override void Up(MigrationBuilder migrationBuilder) => Changer(migrationBuilder, ReferentialAction.Restrict);

    protected override void Down(MigrationBuilder migrationBuilder) => Changer(migrationBuilder, ReferentialAction.Cascade);

    private static void Changer(MigrationBuilder migrationBuilder, ReferentialAction action)
    {
        if (migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            Reconstruire(migrationBuilder, action);
            return;
        }

        migrationBuilder.DropForeignKey(CleCreneau, Table);
        migrationBuilder.AddForeignKey(CleCreneau, Table, "DisponibiliteId", "disponibilites", principalColumn: "Id", onDelete: action);
    }

    private static void Reconstruire(MigrationBuilder migrationBuilder, ReferentialAction action)
    {
        const string Temporaire = "ef_temp_" + Table;
        migrationBuilder.CreateTable(
            name: Temporaire,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DisponibiliteId = table.Column<int>(nullable: false),
                StructureId = table.Column<int>(nullable: false),
                Objet = table.Column<string>(maxLength: 300, nullable: false),
                Nature = table.Column<string>(maxLength: 20, nullable: false),
                CreeeLe = table.Column<DateTimeOffset>(nullable: false),
                AuteurId = table.Column<string>(maxLength: 450, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_" + Table, x => x.Id);
                table.ForeignKey(CleCreneau, x => x.DisponibiliteId, "disponibilites", "Id", onDelete: action);
                table.ForeignKey("FK_reservations_structures_StructureId", x => x.StructureId, "structures", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.Sql(
            $"INSERT INTO \"{Temporaire}\" (\"Id\", \"DisponibiliteId\", \"StructureId\", \"Objet\", \"Nature\", \"CreeeLe\", \"AuteurId\") "
            + $"SELECT \"Id\", \"DisponibiliteId\", \"StructureId\", \"Objet\", \"Nature\", \"CreeeLe\", \"AuteurId\" FROM \"{Table}\"");
        migrationBuilder.DropTable(Table);
        migrationBuilder.RenameTable(Temporaire, newName: Table);
        migrationBuilder.CreateIndex("IX_reservations_DisponibiliteId", Table, "DisponibiliteId", unique: true);
        migrationBuilder.CreateIndex("IX_reservations_StructureId", Table, "StructureId");
    }
}
