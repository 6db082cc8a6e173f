using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Portrea.Core.Persistence.Migrations;

/// <summary>The variables store behind the need indicators (raw figures per IRIS or commune, variable, vintage and source).</summary>
[DbContext(typeof(PortreaDbContext))]
[Migration("20261202100000_Indicateurs")]
public sealed class Indicateurs : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "valeurs_variables",
            columns: table => new
            {
                Niveau = table.Column<string>(maxLength: 10, nullable: false),
                Code = table.Column<string>(maxLength: 20, nullable: false),
                Variable = table.Column<string>(maxLength: 60, nullable: false),
                Millesime = table.Column<string>(maxLength: 20, nullable: false),
                Source = table.Column<string>(maxLength: 80, nullable: false),
                CommuneCode = table.Column<string>(maxLength: 5, nullable: false),
                Valeur = table.Column<double>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_valeurs_variables", x => new { x.Niveau, x.Code, x.Variable, x.Millesime, x.Source }));
        migrationBuilder.CreateIndex("IX_valeurs_variables_Source_Millesime", "valeurs_variables", ["Source", "Millesime"]);
        migrationBuilder.CreateIndex("IX_valeurs_variables_CommuneCode", "valeurs_variables", "CommuneCode");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("valeurs_variables");
}
