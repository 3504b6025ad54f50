// benchmark: safe GDPR002
// The update definition sets the plan.
using MongoDB.Driver;

public sealed class ProfileDocument
{
    public string Id { get; set; } = "";
    public string Contact { get; set; } = "";
    public string Plan { get; set; } = "";
}

public sealed class Profiles
{
    public void Update(IMongoCollection<ProfileDocument> collection, string id, Customer customer)
    {
        collection.UpdateOne(Builders<ProfileDocument>.Filter.Eq(d => d.Id, id), Builders<ProfileDocument>.Update.Set(d => d.Plan, customer.Plan));
    }
}
