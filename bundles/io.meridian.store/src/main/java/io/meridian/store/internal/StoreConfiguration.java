package io.meridian.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.meridian.store.cfg}. Without it, Meridian keeps its data in an embedded H2 file. */
@ObjectClassDefinition(name = "Meridian database",
        description = "Where Meridian keeps its data. Leave url empty for the embedded database under the data folder; "
                + "set it to a PostgreSQL server (jdbc:postgresql://host:5432/meridian) to share data with a team.")
@interface StoreConfiguration {

    @AttributeDefinition(description = "JDBC URL; empty means the embedded H2 file DATA/db/meridian")
    String url() default "";

    @AttributeDefinition(description = "Database user (PostgreSQL)")
    String user() default "";

    @AttributeDefinition(description = "Password (PostgreSQL); prefer passwordFile, which keeps it out of etc/", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(description = "A file whose first line is the password (PostgreSQL)")
    String passwordFile() default "";

    @AttributeDefinition(description = "Most connections held open at once", min = "1", max = "64")
    int poolSize() default 8;
}
