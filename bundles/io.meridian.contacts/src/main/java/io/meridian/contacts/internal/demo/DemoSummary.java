package io.meridian.contacts.internal.demo;

/**
 * What a load of the demo book put into Meridian.
 *
 * @param organisations the organisations the demo people work for, including any that already existed
 */
public record DemoSummary(int people, int countries, int organisations, int interactions, int commitments,
                          int trustAssessments, int introductions, int cadenceRules) {

    /** One line per figure, for the shell. */
    public String describe() {
        return String.format("""
                          people               %5d
                          countries            %5d
                          organisations        %5d
                          interactions         %5d
                          commitments          %5d
                          trust assessments    %5d
                          introductions        %5d
                          cadence rules        %5d
                        """, people, countries, organisations, interactions, commitments, trustAssessments, introductions,
                cadenceRules).stripTrailing();
    }
}
