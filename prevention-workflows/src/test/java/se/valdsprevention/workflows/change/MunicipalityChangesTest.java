package se.valdsprevention.workflows.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.valdsprevention.workflows.WorkflowsTestApplication;
import se.valdsprevention.workflows.cycle.CycleDocuments;
import se.valdsprevention.workflows.situation.ActionPlans;

/**
 * A municipality's revision is raised once by every committed transaction that changes its work, whether through
 * the engine or through the project's documents, and by nothing else: not by a rolled-back transaction, not by
 * another municipality's work. Registering the county's municipalities is safe from several nodes at once.
 */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class MunicipalityChangesTest {

    static final String NORSJO = "2417";
    static final String SORSELE = "2422";
    static final Instant MAY = Instant.parse("2026-05-04T08:00:00Z");

    @Autowired
    MunicipalityChanges changes;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ActionPlans plans;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void deploy() {
        transactions = new TransactionTemplate(transactionManager);
        repositoryService
                .createDeployment()
                .addModelInstance(
                        "change-task.bpmn",
                        Bpmn.createExecutableProcess("changeTask")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("work")
                                .endEvent()
                                .done())
                .addModelInstance(
                        "change-failing.bpmn",
                        Bpmn.createExecutableProcess("changeFailing")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("before")
                                .serviceTask("fails")
                                .camundaExpression("${nothingOfThatName.call()}")
                                .endEvent()
                                .done())
                .enableDuplicateFiltering(true)
                .deploy();
    }

    @Test
    void theCountysMunicipalitiesHaveARevisionFromTheStart() {
        assertThat(changes.revisions()).containsKeys(NORSJO, SORSELE);
    }

    @Test
    void startingAndCompletingWorkRaisesTheMunicipalitysRevisionOncePerTransactionAndNoOtherMunicipalitys() {
        Map<String, Long> before = changes.revisions();

        String instance = runtimeService
                .startProcessInstanceByKey("changeTask", Map.of("municipalityCode", NORSJO))
                .getId();
        Map<String, Long> started = changes.revisions();
        taskService.complete(taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId());
        Map<String, Long> completed = changes.revisions();

        // A start writes many history events (instance, start event, task, variable): one raise for them all.
        assertThat(started.get(NORSJO)).isEqualTo(before.get(NORSJO) + 1);
        assertThat(completed.get(NORSJO)).isEqualTo(before.get(NORSJO) + 2);
        assertThat(completed.get(SORSELE)).isEqualTo(before.get(SORSELE));
    }

    @Test
    void aTransactionThatRollsBackRaisesNothing() {
        String instance = runtimeService
                .startProcessInstanceByKey("changeFailing", Map.of("municipalityCode", SORSELE))
                .getId();
        String task = taskService
                .createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();
        Map<String, Long> before = changes.revisions();

        assertThatThrownBy(() -> taskService.complete(task)).isInstanceOf(ProcessEngineException.class);

        assertThat(changes.revisions()).isEqualTo(before);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    }

    @Test
    void savingADocumentRaisesItsMunicipalitysRevisionOncePerTransactionAndNotWhenRolledBack() {
        long before = changes.revisions().get(SORSELE);

        plans.save("cycle-change-sorsele", CycleDocuments.plan(SORSELE, 2026, false), "coordinator-2422", MAY);
        long alone = changes.revisions().get(SORSELE);
        transactions.executeWithoutResult(status -> {
            plans.save("cycle-change-sorsele", CycleDocuments.plan(SORSELE, 2026, false), "coordinator-2422", MAY);
            plans.save("cycle-change-sorsele", CycleDocuments.plan(SORSELE, 2026, true), "coordinator-2422", MAY);
        });
        long together = changes.revisions().get(SORSELE);
        transactions.executeWithoutResult(status -> {
            plans.save("cycle-change-sorsele", CycleDocuments.plan(SORSELE, 2027, false), "coordinator-2422", MAY);
            status.setRollbackOnly();
        });

        assertThat(alone).isEqualTo(before + 1);
        assertThat(together).isEqualTo(before + 2);
        assertThat(changes.revisions().get(SORSELE)).isEqualTo(together);
        assertThat(plans.history("cycle-change-sorsele")).hasSize(3);
    }

    @Test
    void registeringFromSeveralNodesAtOnceLeavesOneRowPerMunicipalityAndKeepsItsRevision() throws Exception {
        long norsjo = changes.revisions().get(NORSJO);
        List<String> codes = List.of(NORSJO, SORSELE, "2403", "2404");
        int nodes = 4;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService threads = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<?>> registrations = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                registrations.add(threads.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    changes.register(codes);
                    return null;
                }));
            }
            for (Future<?> registration : registrations) {
                registration.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM prevention_municipality_change WHERE municipality_code IN (?, ?, ?, ?)",
                        Integer.class,
                        codes.toArray()))
                .isEqualTo(4);
        assertThat(changes.revisions()).containsEntry(NORSJO, norsjo).containsEntry("2403", 0L);
    }
}
