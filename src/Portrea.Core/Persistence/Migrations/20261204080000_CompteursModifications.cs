using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>The modification counters that tell every instance whether a rendered list of places is still current.</summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261204080000_CompteursModifications")]
public sealed class CompteursModifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "compteurs_modifications",
            columns: table => new
            {
                Cle = table.Column<string>(maxLength: 40, nullable: false),
                Valeur = table.Column<long>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_compteurs_modifications", x => x.Cle));
        // Plain SQL: InsertData needs a target model, which hand-written migrations do not have.
        migrationBuilder.Sql($"INSERT INTO compteurs_modifications (\"Cle\", \"Valeur\") VALUES ('{CompteurModifications.Lieux}', 0)");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("compteurs_modifications");
}
