namespace Graph.GraphQL.Tests.Validation;

/// <summary>§5.5 fragments.</summary>
public class FragmentRulesTests
{
    [Fact]
    public void Fragment_names_are_unique() => ValidationAssert.Errors(
        "{ dog { ...fragmentOne } }\nfragment fragmentOne on Dog { name }\nfragment fragmentOne on Dog { owner { name } }",
        ("There can be only one fragment named \"fragmentOne\".", "2:10, 3:10"));

    [Fact]
    public void Fragment_types_must_exist() => ValidationAssert.Errors(
        "{ dog { ...F ... on Dg { name } } }\nfragment F on NotInSchema { name }",
        ("Unknown type \"Dg\". Did you mean \"Dog\"?", "1:21"),
        ("Unknown type \"NotInSchema\". Did you mean \"__Schema\"?", "2:15"));

    [Fact]
    public void Fragments_apply_to_composite_types_only() => ValidationAssert.Errors(
        "{ dog { ...F ... on Boolean { x } } }\nfragment F on Int { something }",
        ("Fragment cannot condition on non composite type \"Boolean\".", "1:21"),
        ("Fragment \"F\" cannot condition on non composite type \"Int\".", "2:15"));

    [Fact]
    public void Fragments_must_be_used() => ValidationAssert.Errors(
        "fragment used on Dog { name }\nfragment unused on Dog { name }\n{ dog { ...used } }",
        ("Fragment \"unused\" is never used.", "2:1"));

    [Fact]
    public void Spread_targets_must_be_defined() => ValidationAssert.Errors(
        "{ dog { ...undefinedFragment } }",
        ("Unknown fragment \"undefinedFragment\".", "1:12"));

    [Fact]
    public void Spreads_must_not_form_cycles() => ValidationAssert.Errors(
        "{ dog { ...nameFragment } }\nfragment nameFragment on Dog { name ...barkVolumeFragment }\nfragment barkVolumeFragment on Dog { barkVolume ...nameFragment }",
        ("Cannot spread fragment \"nameFragment\" within itself via \"barkVolumeFragment\".", "2:37, 3:49"));

    [Fact]
    public void Self_spread_is_a_cycle() => ValidationAssert.Errors(
        "{ dog { ...A } }\nfragment A on Dog { name ...A }",
        ("Cannot spread fragment \"A\" within itself.", "2:26"));

    [Fact]
    public void Spreads_must_be_possible() => ValidationAssert.Errors(
        "{ dog { ... on Cat { meowVolume } } sentient { ...F } }\nfragment F on Pet { name }",
        ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", "1:9"),
        ("Fragment \"F\" cannot be spread here as objects of type \"Sentient\" can never be of type \"Pet\".", "1:48"));

    [Fact]
    public void Overlapping_abstract_spreads_are_possible() => ValidationAssert.Valid(
        "{ catOrDog { ...D } pet { ... on CatOrDog { __typename } } dog { ... on Pet { name } } }\nfragment D on DogOrHuman { ... on Dog { name } }");
}
