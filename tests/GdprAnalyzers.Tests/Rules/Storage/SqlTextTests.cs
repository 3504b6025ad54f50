namespace GdprAnalyzers.Tests.Rules
{
    /// <summary>What the constant SQL of a command stores (<see cref="SqlText"/>): the storage rules count a SQL parameter
    /// as stored only where its statement writes it, not where it selects rows.</summary>
    public sealed class SqlTextTests
    {
        [Theory]
        [InlineData("INSERT INTO customers (email) VALUES (@Email)", "@Email", true)]
        [InlineData("insert into customers (email) values (:email)", "email", true)]
        [InlineData("UPDATE customers SET last_seen = @now WHERE email = @email", "@now", true)]
        [InlineData("UPDATE customers SET last_seen = @now WHERE email = @email", "@email", false)]
        [InlineData("UPDATE customers SET plan = @plan WHERE id IN (SELECT id FROM leads WHERE email = @email)", "@email", false)]
        [InlineData("UPDATE c SET plan = @plan FROM customers c JOIN leads l ON l.email = @email", "@email", false)]
        [InlineData("INSERT INTO visits (visitor) SELECT @visitor WHERE NOT EXISTS (SELECT 1 FROM visits WHERE visitor = @visitor)", "@visitor", true)]
        [InlineData("INSERT INTO customers (email) VALUES (@email) ON CONFLICT (email) DO UPDATE SET name = @name", "@name", true)]
        [InlineData("MERGE customers AS t USING (SELECT @email AS email) AS s ON t.email = s.email WHEN NOT MATCHED THEN INSERT (email) VALUES (s.email);", "@email", true)]
        [InlineData("MERGE customers AS t USING src AS s ON t.email = @email WHEN MATCHED THEN UPDATE SET name = @name;", "@email", false)]
        [InlineData("SELECT id FROM customers WHERE email = @email", "@email", false)]
        [InlineData("SELECT id FROM customers WHERE email = @email FOR UPDATE", "@email", false)]
        [InlineData("SELECT REPLACE(name, 'a', 'b') FROM customers WHERE email = @email", "@email", false)]
        [InlineData("DELETE FROM customers WHERE email = @email", "@email", false)]
        [InlineData("-- INSERT INTO audit\nSELECT 'UPDATE' FROM customers WHERE email = @email /* INSERT */", "@email", false)]
        [InlineData("UPDATE customers SET seen = 1 WHERE email = @email; INSERT INTO audit (who) VALUES (@email)", "@email", true)]
        [InlineData("UPDATE customers SET plan = ? WHERE email = ?", "@email", true)]
        [InlineData("INSERT INTO customers (plan) VALUES (@plan)", "@unmentioned", true)]
        [InlineData("SELECT * FROM customers WHERE email = @email", null, false)]
        [InlineData("UPDATE customers SET plan = 'x' WHERE email = @email", null, true)]
        public void Statement_StoresParameterOnlyOutsideSelection(string sql, string? parameter, bool stored)
        {
            Assert.Equal(stored, SqlText.Parse(new[] { sql }).Stores(parameter));
        }

        [Theory]
        [InlineData("usp_GetCustomerByEmail", false)]
        [InlineData("dbo.FindOrders", false)]
        [InlineData("[sales].[sp_SearchCustomers]", false)]
        [InlineData("EXEC dbo.GetCustomer @Email = @email", false)]
        [InlineData("dbo.usp_SaveCustomer", true)]
        [InlineData("GetOrCreateCustomer", true)]
        [InlineData("EXEC usp_InsertCustomer @email", true)]
        [InlineData("CALL register_visitor(:email)", true)]
        [InlineData("ArchiveCustomer", true)]
        public void StoredProcedure_ReadVerbWithoutWriteVerb_StoresNothing(string sql, bool stored)
        {
            SqlText text = SqlText.Parse(new[] { sql });
            Assert.Equal(stored, text.Writes);
            Assert.Equal(stored, text.Stores("@email"));
        }

        [Fact]
        public void StoredProcedure_NamedByCommandType_ReadsByItsName()
        {
            Assert.False(SqlText.Parse(new[] { "GetCustomer" }, procedures: true).Stores("@email"));
            Assert.True(SqlText.Parse(new[] { "Customer_Save" }, procedures: true).Stores("@email"));
        }
    }
}
