package org.gatewayusers.application.ontap;

import static org.gatewayusers.domain.ontap.OntapRejection.Reason.SVM_EXISTS;

import java.util.random.RandomGenerator;
import org.gatewayusers.domain.ontap.OntapRejection;
import org.gatewayusers.domain.ontap.Svm;
import org.gatewayusers.domain.ontap.SvmName;

/** Creates a data SVM with its own machine SID. */
public final class CreateSvm {

    private final Svms svms;
    private final RandomGenerator random;

    public CreateSvm(Svms svms, RandomGenerator random) {
        this.svms = svms;
        this.random = random;
    }

    public SvmView create(String name) {
        SvmName svmName = SvmName.parse(name);
        if (svms.exists(svmName)) {
            throw new OntapRejection(SVM_EXISTS, "name");
        }
        Svm svm = Svm.create(svmName, random);
        svms.add(svm);
        return SvmView.of(svm);
    }
}
