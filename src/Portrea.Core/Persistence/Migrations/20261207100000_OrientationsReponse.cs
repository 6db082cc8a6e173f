using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>
/// Recorded referrals keep what the request found (a gap when no place fits every criterion), and may name no place
/// when none offers the need. Earlier rows keep a null answer: unknown, not counted as a gap.
/// </summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261207100000_OrientationsReponse")]
public sealed class OrientationsReponse : Migration
{
    private const string Table = "orientations_enregistrees";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (EstSqlite(migrationBuilder))
        {
            Reconstruire(migrationBuilder, lieuFacultatif: true, avecReponse: true);
            return;
        }

        migrationBuilder.AddColumn<string>("Reponse", Table, maxLength: 20, nullable: true);
        migrationBuilder.AlterColumn<string>(
            name: "LieuIdentifiant", table: Table, maxLength: 200, nullable: true, oldClrType: typeof(string), oldMaxLength: 200, oldNullable: false);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"DELETE FROM {Table} WHERE \"LieuIdentifiant\" IS NULL");
        if (EstSqlite(migrationBuilder))
        {
            Reconstruire(migrationBuilder, lieuFacultatif: false, avecReponse: false);
            return;
        }

        migrationBuilder.AlterColumn<string>(
            name: "LieuIdentifiant", table: Table, maxLength: 200, nullable: false, oldClrType: typeof(string), oldMaxLength: 200, oldNullable: true);
        migrationBuilder.DropColumn("Reponse", Table);
    }

    private static bool EstSqlite(MigrationBuilder migrationBuilder) => migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";

    // SQLite cannot drop a NOT NULL constraint: the table is rebuilt, rows and identifiers kept.
    private static void Reconstruire(MigrationBuilder migrationBuilder, bool lieuFacultatif, bool avecReponse)
    {
        const string Temporaire = "ef_temp_" + Table;
        migrationBuilder.CreateTable(
            name: Temporaire,
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Jour = table.Column<DateOnly>(nullable: false),
                Besoin = table.Column<string>(maxLength: 40, nullable: false),
                ServicePrecis = table.Column<string>(maxLength: 60, nullable: true),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: true),
                LieuIdentifiant = table.Column<string>(maxLength: 200, nullable: lieuFacultatif),
            },
            constraints: table => table.PrimaryKey("PK_" + Table, x => x.Id));
        if (avecReponse)
        {
            migrationBuilder.AddColumn<string>("Reponse", Temporaire, maxLength: 20, nullable: true);
        }

        migrationBuilder.Sql(
            $"INSERT INTO \"{Temporaire}\" (\"Id\", \"Jour\", \"Besoin\", \"ServicePrecis\", \"CommuneCode\", \"LieuIdentifiant\") "
            + $"SELECT \"Id\", \"Jour\", \"Besoin\", \"ServicePrecis\", \"CommuneCode\", \"LieuIdentifiant\" FROM \"{Table}\"");
        migrationBuilder.DropTable(Table);
        migrationBuilder.RenameTable(Temporaire, newName: Table);
        migrationBuilder.CreateIndex("IX_orientations_enregistrees_Jour", Table, "Jour");
        migrationBuilder.CreateIndex("IX_orientations_enregistrees_CommuneCode", Table, "CommuneCode");
    }
}
