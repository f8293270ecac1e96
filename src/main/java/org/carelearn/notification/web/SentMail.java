package org.carelearn.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.carelearn.notification.application.MailLog;
import org.carelearn.notification.domain.OutgoingMail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/mail.xhtml: every message CareLearn sent or kept, newest first, and whether there is an SMTP server. */
@Named
@ViewScoped
public class SentMail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailLog log;

    private Model model;

    @PostConstruct
    void init() {
        model = new Model();
    }

    public Model getModel() {
        return model;
    }

    public boolean isSmtpConfigured() {
        return log.smtpConfigured();
    }

    public String getSmtpServer() {
        return log.smtpServer();
    }

    /** The table's pages, newest first. */
    public class Model extends LazyDataModel<OutgoingMail> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.count();
        }

        @Override
        public List<OutgoingMail> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return log.newestFirst(first, pageSize);
        }

        @Override
        public String getRowKey(OutgoingMail mail) {
            return String.valueOf(mail.getId());
        }
    }
}
