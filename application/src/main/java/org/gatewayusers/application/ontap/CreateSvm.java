package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;

import java.util.random.RandomGenerator;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.OntapRejection.Subject;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;
import org.gatewayusers.domain.ontap.SvmSettings;

/** Creates a data SVM with its own machine SID. */
public final class CreateSvm {

    private final Svms svms;
    private final RandomGenerator random;

    public CreateSvm(Svms svms, RandomGenerator random) {
        this.svms = svms;
        this.random = random;
    }

    public SvmView create(String name) {
        return create(name, null, SvmSettings.NONE);
    }

    /** An SVM with a comment (null: none) and the settings a request states, which must be those it runs with. */
    public SvmView create(String name, String comment, SvmSettings settings) {
        SvmName svmName = SvmName.parse(name);
        if (svms.exists(svmName)) {
            throw new OntapRejection(SVM_EXISTS, Subject.NAME);
        }
        Svm svm = Svm.create(svmName, comment, settings, random);
        svms.add(svm);
        return SvmView.of(svm);
    }
}
