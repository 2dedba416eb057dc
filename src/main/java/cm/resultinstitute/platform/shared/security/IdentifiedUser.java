package cm.resultinstitute.platform.shared.security;

/** A principal that knows the id of its user (the signed-in visitor of a page session). */
public interface IdentifiedUser {

    int id();
}
