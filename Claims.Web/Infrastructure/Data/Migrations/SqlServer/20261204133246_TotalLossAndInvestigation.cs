using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Claims.Web.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TotalLossAndInvestigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "Claimed",
                schema: "claims",
                table: "Investigations",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<Guid>(
                name: "RecoveryId",
                schema: "claims",
                table: "FinancialTransactions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ActualValue",
                schema: "claims",
                table: "Claims",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RepairShopId",
                schema: "claims",
                table: "Claims",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubrogationParty",
                schema: "claims",
                table: "Claims",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TotalLossPayable",
                schema: "claims",
                table: "Claims",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Recoveries",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Party = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recoveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recoveries_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalSchema: "claims",
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RepairShops",
                schema: "claims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Class = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ContactName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepairShops", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinancialTransactions_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions",
                column: "RecoveryId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_RepairShopId",
                schema: "claims",
                table: "Claims",
                column: "RepairShopId");

            migrationBuilder.CreateIndex(
                name: "IX_Recoveries_ClaimId_Kind",
                schema: "claims",
                table: "Recoveries",
                columns: new[] { "ClaimId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepairShops_Name",
                schema: "claims",
                table: "RepairShops",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RepairShops_RegionCode_Class",
                schema: "claims",
                table: "RepairShops",
                columns: new[] { "RegionCode", "Class" });

            migrationBuilder.AddForeignKey(
                name: "FK_Claims_RepairShops_RepairShopId",
                schema: "claims",
                table: "Claims",
                column: "RepairShopId",
                principalSchema: "claims",
                principalTable: "RepairShops",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_FinancialTransactions_Recoveries_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions",
                column: "RecoveryId",
                principalSchema: "claims",
                principalTable: "Recoveries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Claims_RepairShops_RepairShopId",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropForeignKey(
                name: "FK_FinancialTransactions_Recoveries_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions");

            migrationBuilder.DropTable(
                name: "Recoveries",
                schema: "claims");

            migrationBuilder.DropTable(
                name: "RepairShops",
                schema: "claims");

            migrationBuilder.DropIndex(
                name: "IX_FinancialTransactions_RecoveryId",
                schema: "claims",
                table: "FinancialTransactions");

            migrationBuilder.DropIndex(
                name: "IX_Claims_RepairShopId",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "Claimed",
                schema: "claims",
                table: "Investigations");

            migrationBuilder.DropColumn(
                name: "RecoveryId",
                schema: "claims",
                table: "FinancialTransactions");

            migrationBuilder.DropColumn(
                name: "ActualValue",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "RepairShopId",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "SubrogationParty",
                schema: "claims",
                table: "Claims");

            migrationBuilder.DropColumn(
                name: "TotalLossPayable",
                schema: "claims",
                table: "Claims");
        }
    }
}
