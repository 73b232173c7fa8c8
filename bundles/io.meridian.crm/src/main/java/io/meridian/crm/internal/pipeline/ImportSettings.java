package io.meridian.crm.internal.pipeline;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.meridian.crm.cfg}: the limits of an import. */
@ObjectClassDefinition(name = "Meridian CRM import",
        description = "Limits on the files Meridian imports contacts from.")
public @interface ImportSettings {

    @AttributeDefinition(description = "The largest file one import takes, in MiB", min = "1", max = "65536")
    int maxFileMegabytes() default 2048;
}
