using Graph.GraphQL.Types;

namespace Graph.GraphQL.Tests;

/// <summary>Schemas the tests share, written as SDL: the spec's own Dog/Cat/Pet example (§5) plus argument and input types.</summary>
internal static class TestSchemas
{
    public const string PetsSdl = """
        directive @onField on FIELD
        directive @onQuery on QUERY
        directive @repeatable repeatable on FIELD

        type Query {
          dog: Dog
          findDog(searchBy: FindDogInput): Dog
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          human(id: ID): Human
          arguments: Arguments
          complicatedArgs: ComplicatedArgs
          sentient: Sentient
        }

        type Mutation {
          mutateDog: Dog
        }

        type Subscription {
          newMessage: Message
          disallowedSecondRootField: Boolean
        }

        type Message {
          body: String
          sender: String
        }

        enum DogCommand {
          SIT
          DOWN
          HEEL
        }

        type Dog implements Pet {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
        }

        interface Sentient {
          name: String!
        }

        interface Pet {
          name: String!
        }

        type Alien implements Sentient {
          name: String!
          homePlanet: String
        }

        type Human implements Sentient {
          name: String!
          pets: [Pet!]
        }

        enum CatCommand {
          JUMP
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          doesKnowCommand(catCommand: CatCommand!): Boolean!
          meowVolume: Int
        }

        union CatOrDog = Cat | Dog

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        input FindDogInput {
          name: String
          owner: String
        }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: DogCommand): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        """;

    private static readonly Lazy<Schema> PetsSchema = new(() => new SchemaBuilder().Sdl(PetsSdl).Build());

    /// <summary>The spec's validation example schema (no resolvers; used for validation).</summary>
    public static Schema Pets => PetsSchema.Value;
}
